/** The message an embed sends its parent; `embed-resize.js` listens for it. */
const HEIGHT_MESSAGE = 'norrkoping-charts:height';

interface HeightMessage {
  readonly type: typeof HEIGHT_MESSAGE;
  /** The height of the embed's content, in CSS pixels. */
  readonly height: number;
}

/**
 * Tells the parent page the height of this document's body now and whenever it changes, so that the
 * iframe can fit its content. Returns the stop function.
 */
export function reportHeight(body: HTMLElement, target: Window = window.parent): () => void {
  let last = -1;
  const send = (): void => {
    const height = Math.ceil(body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: HeightMessage = { type: HEIGHT_MESSAGE, height };
    target.postMessage(message, '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(body);
  send();
  return () => observer.disconnect();
}
