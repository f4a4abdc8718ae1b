/**
 * The pickers of the toolbar: **Focus** (a system and its neighbourhood, 1–3 steps, up, down or
 * both ways), **Impact** (the systems an outage of one reaches, by distance, asynchronous edges
 * optionally), a **saved view**, and *Show whole landscape* to return. The webview only asks
 * (`pick`); its host computes the part with the core and lays it out, and says what it drew
 * (`setOutcome`): its title, an impact's systems by mode, or why it could not.
 *
 * The system is picked from the selection (prefilled) or typed into a searchable list of every
 * system (id or name); a name or id the landscape lacks is said, not sent.
 */
import type { DiagramPick, PickChoices, PickDirection, PickOutcome } from '../core/diagram/protocol';
import { html } from './dom';

interface Pickers {
  /** The buttons, the view list, what is drawn and the way back. */
  bar: HTMLElement;
  /** The form of a focus or an impact (hidden until a button opens it). */
  form: HTMLFormElement;
  setChoices(c: PickChoices): void;
  /** What the host drew: a part (null: the whole landscape; undefined: no news). */
  setOutcome(o: PickOutcome | null | undefined): void;
  /** The part drawn, if any. */
  current(): DiagramPick | undefined;
  /** Hidden in a comparison, which draws the whole landscape overlaid. */
  setAvailable(available: boolean): void;
}

const DIRECTION_TEXT: Record<PickDirection, string> = { both: 'either way', up: 'up (what it depends on)', down: 'down (its consumers)' };

function options(sel: HTMLSelectElement, values: [string, string][], current: string): void {
  const items = document.createDocumentFragment();
  for (const [value, text] of values) {
    const o = html('option', { value }, text);
    o.selected = value === current;
    items.append(o);
  }
  sel.replaceChildren(items);
}

export function createPickers(host: { initial?: DiagramPick; selected: () => string | undefined; ask: (pick: DiagramPick | null) => void }): Pickers {
  let choices: PickChoices = { systems: [], views: [] };
  let current = host.initial;
  let kind: 'focus' | 'impact' = 'focus';

  const bar = html('div', { class: 'ls-toolbar ls-pickers', role: 'toolbar', 'aria-label': 'Parts of the landscape' });
  const focusButton = html('button', { type: 'button', 'aria-label': 'Focus on a system', title: 'A system and its neighbours, up to 3 steps away' }, 'Focus…');
  const impactButton = html('button', { type: 'button', 'aria-label': 'Impact of a system', title: 'The systems an outage of one system reaches' }, 'Impact…');
  const viewSel = html('select', { 'aria-label': 'Saved view' });
  const shown = html('span', { class: 'ls-pick-shown', role: 'status' });
  const whole = html('button', { type: 'button', 'aria-label': 'Show whole landscape' }, 'Show whole landscape');
  bar.append(focusButton, impactButton, viewSel, shown, whole);

  const form = html('form', { class: 'ls-toolbar ls-pick-form', 'aria-label': 'Pick a system' });
  const list = html('datalist', { id: 'ls-pick-systems' });
  // A text box with a list (a combobox): the list filters as one types.
  const system = html('input', { type: 'text', list: 'ls-pick-systems', 'aria-label': 'System', placeholder: 'System id or name…', autocomplete: 'off' });
  const depthLabel = html('label', {}, 'depth ');
  const depth = html('select', { 'aria-label': 'Depth' });
  options(depth, [['1', '1'], ['2', '2'], ['3', '3']], '1');
  depthLabel.append(depth);
  const direction = html('select', { 'aria-label': 'Direction' });
  const asyncLabel = html('label');
  const includeAsync = html('input', { type: 'checkbox', 'aria-label': 'Include asynchronous edges' });
  asyncLabel.append(includeAsync, document.createTextNode('include asynchronous edges'));
  const go = html('button', { type: 'submit' }, 'Show');
  const cancel = html('button', { type: 'button' }, 'Cancel');
  const problem = html('span', { class: 'ls-pick-problem', role: 'alert' });
  form.append(list, system, depthLabel, direction, asyncLabel, go, cancel, problem);
  form.hidden = true;

  /** The id the input names: an id as typed, else a system's name (case aside), else the one system whose id or name holds the text; undefined when none or several. */
  const resolve = (text: string): string | undefined => {
    const t = text.trim();
    if (!t) return undefined;
    if (choices.systems.some((s) => s.id === t)) return t;
    const lower = t.toLowerCase();
    const named = choices.systems.find((s) => s.label.toLowerCase() === lower);
    if (named) return named.id;
    const holding = choices.systems.filter((s) => s.id.includes(lower) || s.label.toLowerCase().includes(lower));
    return holding.length === 1 ? holding[0].id : undefined;
  };

  const open = (k: 'focus' | 'impact'): void => {
    kind = k;
    form.hidden = false;
    depthLabel.hidden = k !== 'focus';
    asyncLabel.hidden = k !== 'impact';
    // An impact follows an outage downstream by default; a focus looks both ways.
    const dirs: PickDirection[] = k === 'focus' ? ['both', 'up', 'down'] : ['down', 'up', 'both'];
    options(direction, dirs.map((d) => [d, DIRECTION_TEXT[d]]), current && current.kind !== 'view' && current.kind === k ? current.direction : dirs[0]);
    if (current?.kind === 'focus' && k === 'focus') depth.value = String(current.depth);
    if (current?.kind === 'impact' && k === 'impact') includeAsync.checked = current.includeAsync;
    system.value = host.selected() ?? (current && current.kind !== 'view' ? current.system : '');
    problem.textContent = '';
    go.textContent = k === 'focus' ? 'Show focus' : 'Show impact';
    system.focus();
  };
  focusButton.addEventListener('click', () => open('focus'));
  impactButton.addEventListener('click', () => open('impact'));
  /** Closes the form without asking, the focus back on the button that opened it (a keyboard path goes on from there). */
  const close = (): void => {
    form.hidden = true;
    (kind === 'focus' ? focusButton : impactButton).focus();
  };
  cancel.addEventListener('click', close);
  form.addEventListener('keydown', (ev) => {
    if (ev.key !== 'Escape') return;
    ev.preventDefault();
    close();
  });
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const id = resolve(system.value);
    if (id === undefined) {
      const t = system.value.trim();
      const several = t && choices.systems.filter((s) => s.id.includes(t.toLowerCase()) || s.label.toLowerCase().includes(t.toLowerCase())).length;
      problem.textContent = !t ? 'Pick a system first.' : several ? `'${t}' names ${several} systems: pick one from the list.` : `No system '${t}' in the landscape.`;
      return;
    }
    const dir = direction.value as PickDirection;
    const pick: DiagramPick = kind === 'focus' ? { kind, system: id, depth: Number(depth.value), direction: dir } : { kind, system: id, direction: dir, includeAsync: includeAsync.checked };
    form.hidden = true;
    host.ask(pick);
  });
  // A view without a title reads "<landscape title>: <name>", cut by the select's width: its
  // tooltip (and each option's) has the full text.
  const viewTooltips = (): void => {
    for (const o of viewSel.options) o.title = o.text;
    viewSel.title = viewSel.selectedOptions[0]?.text ?? '';
  };
  viewSel.addEventListener('change', () => {
    viewTooltips();
    if (viewSel.value) host.ask({ kind: 'view', name: viewSel.value });
  });
  whole.addEventListener('click', () => host.ask(null));

  const fillViews = (): void => {
    options(viewSel, [['', choices.views.length ? 'Saved views…' : 'No saved views'], ...choices.views.map((v): [string, string] => [v.name, v.title])], current?.kind === 'view' ? current.name : '');
    viewSel.disabled = choices.views.length === 0;
    viewTooltips();
  };
  const showOutcome = (o: PickOutcome | null): void => {
    current = o && !('error' in o) ? o.pick : undefined;
    whole.hidden = current === undefined;
    shown.textContent = o === null ? '' : 'error' in o ? o.error : o.summary ? `${o.title} · ${o.summary}` : o.title;
    shown.classList.toggle('ls-pick-error', o !== null && 'error' in o);
    fillViews();
  };
  showOutcome(null);
  current = host.initial;

  return {
    bar,
    form,
    setChoices(c) {
      choices = c;
      // One fragment: a landscape may have thousands of systems.
      const items = document.createDocumentFragment();
      for (const s of c.systems) items.append(html('option', { value: s.id }, s.label === s.id ? s.id : `${s.label} (${s.id})`));
      list.replaceChildren(items);
      fillViews();
    },
    setOutcome(o) {
      if (o !== undefined) showOutcome(o);
    },
    current: () => current,
    setAvailable(available) {
      bar.hidden = !available;
      if (!available) form.hidden = true;
    },
  };
}
