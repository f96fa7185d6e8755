/** The 筛选 button around a list page's filter form: its count of chosen filters, and closing on 显示结果. */
import { filterToggleLabel } from '../lib/common/filter-toggle';

export function filterDisclosure(form: HTMLFormElement) {
  const details = form.closest<HTMLDetailsElement>('details[data-filter-disclosure]');
  const summary = details?.querySelector('summary');
  const label = details?.querySelector('[data-filter-toggle-label]');
  return {
    showActiveCount(active: number): void {
      if (label) label.textContent = filterToggleLabel(active);
    },
    /**
     * On a phone, 显示结果 folds the panel away and puts focus back on the button, right above the
     * count and the results. On wider screens the button is hidden and the panel stays, and so does focus.
     */
    closeAfterSubmit(): void {
      if (!details || !summary || !summary.checkVisibility()) return;
      details.open = false;
      summary.focus();
    },
  };
}
