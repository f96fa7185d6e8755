/** Builds elements with DOM calls and textContent only, so no data or query text can inject markup. */
export type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) el.setAttribute(name, '');
    else if (typeof value === 'string') el.setAttribute(name, value);
  }
  for (const child of children) if (child) el.append(child);
  return el;
}

/** Sets each <select> of a form from the URL parameter of its name; an unknown value falls back to "all". */
export function setSelectsFromParams(form: HTMLFormElement, params: URLSearchParams): void {
  for (const select of form.querySelectorAll('select')) {
    const value = params.get(select.name) ?? '';
    select.value = [...select.options].some((o) => o.value === value) ? value : '';
  }
}
