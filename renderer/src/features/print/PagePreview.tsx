import { ProfileSheet, type SheetProps } from './ProfileSheet';

/** CSS pixels in a millimetre. */
const PX_PER_MM = 96 / 25.4;

/**
 * The printed page drawn smaller with a CSS transform: the same component, the same fitting, the same type size.
 * With a `label` it is one picture to assistive technology (the editor's fields already hold the words); without
 * one its text is read as it is (an earlier version, read-only).
 */
export function PagePreview({ scale, label, ...sheet }: SheetProps & { scale: number; label?: string }) {
  return (
    <div
      className="opp-preview"
      role={label ? 'img' : undefined}
      aria-label={label}
      style={{ width: Math.ceil(210 * PX_PER_MM * scale), height: Math.ceil(296 * PX_PER_MM * scale) }}
    >
      <div style={{ transform: `scale(${scale})`, transformOrigin: 'top left', width: '210mm' }} aria-hidden={label ? true : undefined}>
        <ProfileSheet {...sheet} />
      </div>
    </div>
  );
}
