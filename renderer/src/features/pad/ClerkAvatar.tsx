import { Avatar } from 'antd';

/**
 * The clerk's face on the pad. Halls have no staff photos yet, so the initial of the name stands in; a photo,
 * once the staff record carries one, goes in `photoUrl` and the initial stays as its fallback.
 */
export function ClerkAvatar({ name, photoUrl, size }: { name: string; photoUrl?: string; size: number }) {
  return (
    <Avatar size={size} src={photoUrl} alt={name} className="pad-face" style={{ fontSize: size * 0.45 }}>
      {name.slice(0, 1)}
    </Avatar>
  );
}
