// Vite bundles stylesheets imported for their side effects.
declare module '*.css';
