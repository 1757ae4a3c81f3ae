/** A queue of async operations: each starts when the one before it has settled, whether it succeeded or not. */
export type Serial = <T>(op: () => Promise<T>) => Promise<T>;

export function serialQueue(): Serial {
  let queue: Promise<unknown> = Promise.resolve();
  return (op) => {
    const next = queue.then(op, op);
    queue = next.catch(() => undefined);
    return next;
  };
}
