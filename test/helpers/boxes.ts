// Shared by the tests that check, with the boxes the browser draws (getBBox), that a label, a number
// or a marker covers nothing it should not.

/** Whether two boxes share any area. */
export const boxesMeet = (a: DOMRect, b: DOMRect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
