import type { Backend } from "./backend";

/**
 * Artwork and thumbnails as `data:` URLs from Rust's image cache (the page itself loads no
 * remote image). One request per address for the life of the page: concurrent and later
 * asks share the first answer. A failure is forgotten once it settles, so a later mount asks
 * again (Rust remembers failures briefly, so that ask is cheap).
 */
export class ImageLoader {
  readonly #load: (url: string) => Promise<string>;
  readonly #known = new Map<string, Promise<string>>();

  constructor(load: (url: string) => Promise<string>) {
    this.#load = load;
  }

  get(url: string): Promise<string> {
    let p = this.#known.get(url);
    if (!p) {
      p = this.#load(url);
      this.#known.set(url, p);
      p.catch(() => {
        if (this.#known.get(url) === p) this.#known.delete(url);
      });
    }
    return p;
  }
}

const loaders = new WeakMap<Backend, ImageLoader>();

/** The page's one loader for this backend. */
export function imagesFor(backend: Backend): ImageLoader {
  let l = loaders.get(backend);
  if (!l) {
    l = new ImageLoader((url) => backend.image(url));
    loaders.set(backend, l);
  }
  return l;
}
