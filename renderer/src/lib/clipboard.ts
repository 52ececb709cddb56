// Copying text (an address, the diagnostics). The async clipboard API where the page may use it; where it is
// refused (Electron answers permission checks for it through main), the selection-and-copy command, which a
// click or key press allows.
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    const before = document.activeElement;
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    if (before instanceof HTMLElement) before.focus({ preventScroll: true });
    return ok;
  }
}
