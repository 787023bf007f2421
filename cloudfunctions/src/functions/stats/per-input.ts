/**
 * Loads what an action's access rule and its work both need once per invocation: the router hands both the
 * same parsed input object, so the load is remembered against it (and forgotten with it).
 */
export function perInput<Input extends object, T>(load: (input: Input) => Promise<T>) {
  const loaded = new WeakMap<Input, Promise<T>>();
  return (input: Input): Promise<T> => {
    let pending = loaded.get(input);
    if (!pending) {
      pending = load(input);
      loaded.set(input, pending);
    }
    return pending;
  };
}
