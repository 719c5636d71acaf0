import { createContext } from "svelte";
import type { Backend } from "./backend";

/** The backend, registered once by App and read by any component below it. */
export const [getBackend, setBackend] = createContext<Backend>();
