// Served for any unknown path at any depth: no JavaScript, and the styles are inlined, so nothing
// it needs is fetched relative to where it is shown.
export const csr = false;
