/**
 * The phone header's 搜索 and 菜单 toggles open and close without JavaScript (they are <details>). This
 * adds what a disclosure menu is expected to do besides: Escape, pressed anywhere in the header, closes
 * the open one and puts focus back on its button.
 */
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || !(event.target as Element | null)?.closest?.('header')) return;
  const open = document.querySelector<HTMLDetailsElement>('header details.header-toggle[open]');
  if (!open) return;
  open.open = false;
  open.querySelector('summary')?.focus();
});
