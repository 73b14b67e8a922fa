import { Button } from 'antd';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'X', '0', '⌫'] as const;

/** A large touch keypad for ID numbers and appointment codes: kiosks have no keyboard. */
export function Keypad({ value, onChange, maxLength, allowX }: { value: string; onChange: (v: string) => void; maxLength: number; allowX: boolean }) {
  const press = (key: (typeof KEYS)[number]) => {
    if (key === '⌫') return onChange(value.slice(0, -1));
    if (value.length >= maxLength) return;
    onChange(value + key);
  };
  return (
    <div className="keypad" role="group" aria-label="数字键盘">
      {KEYS.map((key) => (
        <Button key={key} className="keypad-key" size="large" disabled={key === 'X' && !allowX} onClick={() => press(key)} aria-label={key === '⌫' ? '删除' : key}>
          {key}
        </Button>
      ))}
    </div>
  );
}
