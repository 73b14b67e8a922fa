import { Avatar } from 'antd';
import { useStaffPhoto, type PhotoOwner } from './useStaffPhoto';
import './staff.css';

/**
 * A staff member's face, `size` pixels high: their photo as a 3:4 portrait, or the initial of the name in a
 * circle while there is no photo (or it is still on its way).
 */
export function ClerkAvatar({ person, size, className }: { person: PhotoOwner; size: number; className?: string }) {
  const photo = useStaffPhoto(person);
  if (photo) {
    const classes = className ? `clerk-photo ${className}` : 'clerk-photo';
    return <img className={classes} src={photo} alt={person.name} width={Math.round(size * 0.75)} height={size} />;
  }
  return (
    <Avatar size={size} alt={person.name} className={className} style={{ fontSize: size * 0.45 }}>
      {person.name.slice(0, 1)}
    </Avatar>
  );
}
