/**
 * `make(key)`, made once per object (by identity) and kept while the object lives: for indexes of
 * things that are not changed once made (a roster, an aggregate's result, member figures).
 */
export function oncePer<K extends object, V>(make: (key: K) => V): (key: K) => V {
  const made = new WeakMap<K, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) made.set(key, (value = make(key)));
    return value;
  };
}

/** Each key's first item's value, in order. */
export function firstOfEach<T, V>(items: Iterable<T>, key: (item: T) => string | undefined, value: (item: T) => V): Map<string, V> {
  const map = new Map<string, V>();
  for (const item of items) {
    const k = key(item);
    if (k !== undefined && !map.has(k)) map.set(k, value(item));
  }
  return map;
}
