/** Whether the browser sends Global Privacy Control: a browser-wide refusal. */
export const gpcSignal = () => (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl === true;
