/**
 * Per-frame working arrays, kept between frames and grown when needed, so a zoom gesture
 * over a hundred thousand events allocates no large arrays (and wakes no garbage
 * collector). Layout runs to completion before returning, and what it returns copies out
 * of them, so sharing them between calls is safe. Each name is one array: two users of one
 * name in the same layout would overwrite each other.
 */
const pool = new Map<string, Float64Array | Int32Array>();

/** The pooled float array called `name`, at least `size` long (its contents are left over). */
export function floats(name: string, size: number): Float64Array {
  let array = pool.get(name) as Float64Array | undefined;
  if (!array || array.length < size) {
    array = new Float64Array(Math.max(64, size, (array?.length ?? 0) * 2));
    pool.set(name, array);
  }
  return array;
}

/** The pooled integer array called `name`, at least `size` long (its contents are left over). */
export function ints(name: string, size: number): Int32Array {
  let array = pool.get(name) as Int32Array | undefined;
  if (!array || array.length < size) {
    array = new Int32Array(Math.max(64, size, (array?.length ?? 0) * 2));
    pool.set(name, array);
  }
  return array;
}
