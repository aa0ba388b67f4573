// Vite client types (import.meta.glob, CSS imports) for the renderer.
/// <reference types="vite/client" />
