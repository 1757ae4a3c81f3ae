/**
 * Fitting a one-page profile to its page: the one place that chooses the printed type size, used by the print
 * view and by the editor's scaled-down preview, so what the editor promises is what prints.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { PRINT_TYPE } from '../../../../shared/print';

export interface Fit {
  /** The type size chosen, in points. */
  pt: number;
  /** True when even the smallest size does not fit: the end of the page is cut off. */
  overflows: boolean;
}

/** The box's content is taller than the box (a pixel of slack for rounding). */
const overflowing = (box: HTMLElement) => box.scrollHeight > box.clientHeight + 1;

/**
 * Starts at PRINT_TYPE.startPt and steps down by stepPt until the content no longer overflows the box, never below
 * minPt. Sizes are set on the box; everything inside is sized in em, so it all scales together. Transforms (the
 * editor's scaled preview) do not change layout sizes, so the result is the same at any zoom.
 */
export function fitType(box: HTMLElement): Fit {
  let pt: number = PRINT_TYPE.startPt;
  box.style.fontSize = `${pt}pt`;
  while (overflowing(box) && pt - PRINT_TYPE.stepPt >= PRINT_TYPE.minPt) {
    pt -= PRINT_TYPE.stepPt;
    box.style.fontSize = `${pt}pt`;
  }
  box.dataset.fitPt = String(pt);
  return { pt, overflows: overflowing(box) };
}

const same = (a: Fit | null, b: Fit) => a !== null && a.pt === b.pt && a.overflows === b.overflows;

/**
 * Fits the box whenever `signature` (a digest of everything shown) changes, before the browser paints, and once
 * more when the fonts have loaded. Returns the ref for the box and the latest fit.
 */
export function useFitType(signature: string) {
  const ref = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState<Fit | null>(null);
  useLayoutEffect(() => {
    if (!ref.current) return;
    const next = fitType(ref.current);
    setFit((prev) => (same(prev, next) ? prev : next));
  }, [signature]);
  useEffect(() => {
    let live = true;
    void document.fonts.ready.then(() => {
      if (!live || !ref.current) return;
      const next = fitType(ref.current);
      setFit((prev) => (same(prev, next) ? prev : next));
    });
    return () => {
      live = false;
    };
  }, []);
  return { ref, fit };
}
