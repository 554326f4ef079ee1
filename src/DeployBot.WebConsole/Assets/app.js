// DeployBot local console. Plain JavaScript, no build step. Every piece of text from people or from the planner is
// put on the page with textContent / text nodes, never as HTML.
'use strict';

(() => {
  const $ = (id) => document.getElementById(id);
  const state = {
    user: '',
    channel: 'releases',
    channels: [],
    messages: new Map(),
    seq: 0,
    csrfToken: '',
    thread: null,
    threadOpener: null,
    form: null,
    formOpener: null,
  };

  // ---- DOM helpers -------------------------------------------------------------------------------------------------

  /** Creates an element; strings among the children become text nodes (never parsed as HTML). */
  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === 'class') node.className = value;
      else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  /** Plan text marks paths as `code`: show those as code, the rest as plain text (still never parsed as HTML). */
  function withCode(text) {
    return String(text).split('`').map((part, index) => (index % 2 === 1 && part ? el('code', {}, part) : part));
  }

  function clockTime(at) {
    const date = new Date(at);
    return Number.isNaN(date.getTime()) ? '' : date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  }

  function isNearBottom(container) {
    return container.scrollHeight - container.scrollTop - container.clientHeight < 120;
  }

  // ---- Talking to the host -----------------------------------------------------------------------------------------

  async function post(url, body) {
    let response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-DeployBot-Csrf': state.csrfToken || '' },
        body: JSON.stringify(body || {}),
      });
    } catch {
      throw new Error('DeployBot could not be reached. Is the host still running?');
    }
    let data = null;
    try { data = await response.json(); } catch { /* not JSON: reported below */ }
    if (!response.ok) {
      const detail = data && (data.detail || data.title);
      throw new Error(detail || `DeployBot answered with HTTP ${response.status}.`);
    }
    return data;
  }

  /** An error that never reached the feed (network trouble, a 4xx): shown where the person is looking. */
  function showLocalError(container, text) {
    const node = el('article', { class: 'message message-error local', role: 'alert' },
      el('div', { class: 'message-meta' }, el('span', { class: 'author' }, 'DeployBot console')),
      el('div', { class: 'message-body' }, el('p', { class: 'message-text' }, text)));
    container.append(node);
    node.scrollIntoView({ block: 'nearest' });
  }

  // ---- Plans -------------------------------------------------------------------------------------------------------

  function renderOnCall(onCall) {
    if (!onCall) return null;
    if (onCall.mention) {
      return el('p', { class: 'plan-line on-call' }, 'On call: ', el('span', { class: 'mention' }, onCall.mention),
        onCall.note ? ` — ${onCall.note}` : null);
    }
    return el('p', { class: 'plan-line on-call' }, 'On call: nobody could be mentioned', onCall.note ? ` — ${onCall.note}` : '.');
  }

  function renderStep(step, plan) {
    const details = [];
    if (step.reference) details.push(el('span', { class: 'step-detail' }, 'Uses ', el('code', {}, step.reference)));
    if (step.flagAction) details.push(el('span', { class: 'step-detail' }, `Flag: ${step.flagAction}`));
    if (step.done) details.push(el('span', { class: 'step-detail step-done' }, `Done by ${step.done.by} at ${clockTime(step.done.at)}`));
    // Only the posted plan (it carries a checklist line) has checkboxes; a revision in a thread is read-only.
    const box = plan && plan.checklist
      ? el('input', {
        type: 'checkbox', class: 'step-check', checked: Boolean(step.done), 'aria-label': `Step ${step.number} done`,
        onchange: (event) => tick(plan.planId, plan.version, step.number, event.currentTarget),
      })
      : null;
    return el('li', { class: step.done ? 'done' : null }, box,
      el('span', { class: `step-mode ${step.mode}` }, step.mode === 'manual' ? 'Manual' : 'Automated'),
      withCode(step.action), details);
  }

  function renderSection(section, plan) {
    const list = section.steps.length > 0
      ? el('ol', {}, section.steps.map((step) => renderStep(step, plan)))
      : el('ul', {}, section.bullets.map((item) => el('li', {}, withCode(item))));
    return el('section', { class: 'plan-section' }, el('h4', {}, section.heading), list);
  }

  function renderPlanActions(plan, message) {
    const actions = el('div', { class: 'actions' });
    if (plan.showButtons) {
      actions.append(
        el('button', { type: 'button', class: 'button', 'data-action': 'regenerate', onclick: () => press(plan.planId, 'regenerate') }, 'Regenerate'),
        el('button', {
          type: 'button', class: 'button', 'data-action': 'acknowledge', disabled: Boolean(plan.acknowledgement),
          onclick: () => press(plan.planId, 'acknowledge'),
        }, plan.acknowledgement ? 'Acknowledged' : 'Acknowledge'),
        el('button', {
          type: 'button', class: plan.highlightRollback ? 'button danger' : 'button', 'data-action': 'rollback',
          onclick: () => press(plan.planId, 'rollback'),
        }, 'Rollback plan'));
    }
    if (message && !message.threadId) {
      const replies = message.replyCount > 0 ? ` (${message.replyCount} ${message.replyCount === 1 ? 'reply' : 'replies'})` : '';
      actions.append(el('button', {
        type: 'button', class: 'button', 'data-action': 'thread', 'aria-expanded': String(state.thread === message.id),
        onclick: (event) => openThread(message.id, event.currentTarget),
      }, `Reply in thread${replies}`));
    }
    return actions.childElementCount > 0 ? actions : null;
  }

  /** A context value as text, or as a link when the server gave an http(s) address for it (the source of NOTES). */
  function contextValue(item) {
    return item.url && /^https?:\/\//i.test(item.url)
      ? el('a', { href: item.url, target: '_blank', rel: 'noopener noreferrer' }, item.value)
      : item.value;
  }

  function renderPlan(plan, message) {
    const title = `Deployment plan · ${plan.environment}` + (plan.version > 0 ? ` · version ${plan.version}` : '');
    const ack = plan.acknowledgement;
    return el('section', { class: 'plan-card', 'aria-label': title },
      el('h3', {}, title),
      renderOnCall(plan.onCall),
      plan.requestedBy ? el('p', { class: 'plan-line' }, `Requested by ${plan.requestedBy}`) : null,
      plan.offlineNotice ? el('p', { class: 'offline' }, plan.offlineNotice) : null,
      plan.fallbackReason ? el('p', { class: 'offline' }, `Why: ${plan.fallbackReason}`) : null,
      el('dl', { class: 'context', 'aria-label': 'Request' },
        plan.context.map((item) => [el('dt', {}, item.label), el('dd', {}, contextValue(item))])),
      plan.checklist ? el('p', { class: 'plan-line checklist' }, `Checklist: ${plan.checklist}`) : null,
      plan.sections.map((section) => renderSection(section, plan)),
      el('p', { class: 'plan-line' }, `Release kind: ${plan.releaseKind}`,
        plan.risks.length > 0 ? ` · risk areas: ${plan.risks.join(', ')}` : ''),
      ack ? el('p', { class: 'plan-line acknowledged' }, `Acknowledged by ${ack.by} at ${clockTime(ack.at)}`) : null,
      renderPlanActions(plan, message));
  }

  function renderRollbackStep(step) {
    return el('li', {},
      el('span', { class: `step-mode ${step.mode}` }, step.mode === 'manual' ? 'Manual' : 'Automated'),
      withCode(step.action),
      step.reference ? el('span', { class: 'step-detail' }, 'Uses ', el('code', {}, step.reference)) : null,
      el('span', { class: 'step-detail' }, `Check: ${step.check}`));
  }

  /** The detailed rollback plan posted in a plan's thread: like a plan, six sections, numbered steps with their checks. */
  function renderRollback(rollback) {
    return el('section', { class: 'plan-card rollback-card', 'aria-label': rollback.title },
      el('h3', {}, rollback.title),
      rollback.notice ? el('p', { class: 'offline' }, rollback.notice) : null,
      el('p', { class: 'plan-line' }, rollback.lead),
      el('dl', { class: 'context', 'aria-label': 'Request' },
        rollback.context.map((item) => [el('dt', {}, item.label), el('dd', {}, item.value)])),
      rollback.sections.map((section) => el('section', { class: 'plan-section' }, el('h4', {}, section.heading),
        section.steps.length > 0
          ? el('ol', {}, section.steps.map(renderRollbackStep))
          : el('ul', {}, section.bullets.map((item) => el('li', {}, withCode(item)))))));
  }

  // ---- Messages ----------------------------------------------------------------------------------------------------

  function renderMessage(message) {
    const body = el('div', { class: 'message-body' });
    if (message.kind === 'plan' && message.plan) body.append(renderPlan(message.plan, message));
    else if (message.kind === 'rollback' && message.rollback) body.append(renderRollback(message.rollback));
    else body.append(el('p', { class: 'message-text' }, message.text || ''));
    return el('article', {
      class: `message message-${message.kind}`,
      'data-id': message.id,
      'data-position': message.position,
      'data-kind': message.kind,
      role: message.kind === 'error' ? 'alert' : null,
      'aria-busy': message.kind === 'drafting' ? 'true' : null,
    },
    el('div', { class: 'message-meta' },
      el('span', { class: 'author' }, message.author),
      el('time', { class: 'time', datetime: message.at }, clockTime(message.at)),
      message.onlyVisibleToYou ? el('span', { class: 'private' }, 'Only visible to you') : null),
    body);
  }

  function containerFor(message) {
    if (message.threadId) return state.thread === message.threadId ? $('thread-messages') : null;
    return message.channel === state.channel ? $('messages') : null;
  }

  /** Puts a message in place: replaces an earlier rendering (keeping focus on the same control) or inserts by position. */
  function place(container, message) {
    const node = renderMessage(message);
    const stick = isNearBottom(container);
    const existing = Array.from(container.children).find((child) => child.dataset.id === message.id);
    if (existing) {
      const focusedAction = existing.contains(document.activeElement) ? document.activeElement.dataset.action : null;
      existing.replaceWith(node);
      const again = focusedAction && node.querySelector(`[data-action="${focusedAction}"]`);
      if (again) (again.disabled ? node.querySelector('[data-action="thread"]') || again : again).focus();
    } else {
      const after = Array.from(container.children).find((child) => Number(child.dataset.position) > message.position);
      container.insertBefore(node, after || null);
    }
    if (stick) container.scrollTop = container.scrollHeight;
  }

  function upsert(message) {
    state.messages.set(message.id, message);
    if (!message.threadId && !state.channels.includes(message.channel)) {
      state.channels.push(message.channel);
      renderChannels();
    }
    if (state.thread === message.id) renderThreadSubject();
    const container = containerFor(message);
    if (container) place(container, message);
  }

  function sortedMessages(predicate) {
    return Array.from(state.messages.values()).filter(predicate).sort((a, b) => a.position - b.position);
  }

  // ---- Channels ----------------------------------------------------------------------------------------------------

  function renderChannels() {
    $('channel-list').replaceChildren(...state.channels.map((channel) => el('li', {},
      el('button', {
        type: 'button', 'aria-current': channel === state.channel ? 'true' : null,
        onclick: () => showChannel(channel),
      }, `#${channel}`))));
  }

  function showChannel(channel) {
    state.channel = channel;
    $('channel-title').textContent = `#${channel}`;
    $('composer-label').textContent = `Message #${channel}`;
    document.title = `#${channel} · DeployBot console`;
    renderChannels();
    const list = $('messages');
    list.replaceChildren(...sortedMessages((m) => !m.threadId && m.channel === channel).map(renderMessage));
    list.scrollTop = list.scrollHeight;
  }

  async function sendCommand(event) {
    event.preventDefault();
    const input = $('composer-input');
    const text = input.value.trim();
    if (!text) return;
    try {
      const reply = await post('/console/commands', { text, channel: state.channel });
      input.value = '';
      if (reply && reply.kind === 'form') openForm(reply.form, input);
    } catch (error) {
      showLocalError($('messages'), error.message);
    }
  }

  async function press(planId, button) {
    try {
      await post(`/console/plans/${encodeURIComponent(planId)}/buttons/${button}`, {});
    } catch (error) {
      showLocalError($('messages'), error.message);
    }
  }

  /** The box shows the stored state again until the plan comes back re-rendered (or the refusal is in the feed). */
  async function tick(planId, version, step, box) {
    const done = box.checked;
    box.checked = !done;
    box.disabled = true;
    try {
      await post(`/console/plans/${encodeURIComponent(planId)}/steps/${step}`, { version, done });
    } catch (error) {
      showLocalError($('messages'), error.message);
    } finally {
      box.disabled = false;
    }
  }

  // ---- Threads -----------------------------------------------------------------------------------------------------

  function renderThreadSubject() {
    const root = state.messages.get(state.thread);
    const plan = root && root.plan;
    $('thread-subject').textContent = plan
      ? `Deployment plan · ${plan.environment} · version ${plan.version} · #${root.channel}`
      : (root ? root.text || '' : 'This message is no longer in the console.');
  }

  function openThread(rootId, opener) {
    state.thread = rootId;
    state.threadOpener = opener || null;
    $('thread').hidden = false;
    document.querySelector('.workspace').classList.add('with-thread');
    renderThreadSubject();
    $('thread-messages').replaceChildren(...sortedMessages((m) => m.threadId === rootId).map(renderMessage));
    document.querySelectorAll('[data-action="thread"]').forEach((b) => b.setAttribute('aria-expanded', 'false'));
    if (opener) opener.setAttribute('aria-expanded', 'true');
    $('thread-input').focus();
  }

  function closeThread() {
    const rootId = state.thread;
    state.thread = null;
    $('thread').hidden = true;
    document.querySelector('.workspace').classList.remove('with-thread');
    const root = Array.from($('messages').children).find((child) => child.dataset.id === rootId);
    const opener = root ? root.querySelector('[data-action="thread"]') : state.threadOpener;
    if (opener) { opener.setAttribute('aria-expanded', 'false'); opener.focus(); }
  }

  async function sendInThread(event) {
    event.preventDefault();
    const input = $('thread-input');
    const text = input.value.trim();
    if (!text || !state.thread) return;
    try {
      await post(`/console/threads/${encodeURIComponent(state.thread)}`, { text });
      input.value = '';
    } catch (error) {
      showLocalError($('thread-messages'), error.message);
    }
  }

  // ---- The parameter form (rendered from the engine's ParameterForm) ----------------------------------------------

  function renderField(field) {
    const id = `field-${field.field}`;
    const hintId = field.hint ? `${id}-hint` : null;
    const errorId = field.error ? `${id}-error` : null;
    const common = {
      id, name: field.field, 'aria-required': field.required ? 'true' : null,
      'aria-invalid': field.error ? 'true' : null,
      'aria-describedby': [errorId, hintId].filter(Boolean).join(' ') || null,
    };
    let control;
    if (field.kind === 'choice') {
      control = el('select', common, el('option', { value: '' }, 'Choose…'),
        field.choices.map((choice) => el('option', { value: choice.value }, choice.label)));
    } else if (field.kind === 'multilineText') {
      control = el('textarea', { ...common, maxlength: field.maxLength, rows: 6 });
    } else {
      control = el('input', { ...common, type: 'text', maxlength: field.maxLength, autocomplete: 'off' });
    }
    control.value = field.value || '';
    return el('div', { class: 'field' },
      el('label', { for: id }, field.label, field.required ? [' ', el('span', { class: 'required', 'aria-hidden': 'true' }, '*'), el('span', { class: 'visually-hidden' }, '(required)')] : null),
      control,
      field.hint ? el('p', { class: 'field-hint', id: hintId }, field.hint) : null,
      field.error ? el('p', { class: 'field-error', id: errorId }, field.error) : null);
  }

  function openForm(form, opener) {
    const dialog = $('form-dialog');
    state.form = form;
    if (opener) state.formOpener = opener;
    $('form-title').textContent = form.title;
    $('form-message').textContent = form.message || '';
    $('form-message').hidden = !form.message;
    $('form-error').hidden = true;
    $('form-fields').replaceChildren(...form.fields.map(renderField));
    $('form-submit').disabled = false;
    if (!dialog.open) dialog.showModal();
    const first = form.fields.find((f) => f.error) || form.fields.find((f) => f.required && !f.value) || form.fields[0];
    if (first) $(`field-${first.field}`).focus();
  }

  async function submitForm(event) {
    event.preventDefault();
    const form = state.form;
    if (!form) return;
    const values = {};
    for (const field of form.fields) values[field.field] = $(`field-${field.field}`).value;
    const submit = $('form-submit');
    submit.disabled = true;
    try {
      const reply = await post(`/console/forms/${encodeURIComponent(form.formId)}`, { values, channel: state.channel });
      if (reply.kind === 'form') openForm(reply.form);
      else if (reply.kind === 'refused') showFormError(reply.message);
      else $('form-dialog').close();
    } catch (error) {
      showFormError(error.message);
    } finally {
      submit.disabled = false;
    }
  }

  function showFormError(text) {
    const box = $('form-error');
    box.textContent = text;
    box.hidden = false;
  }

  function onFormClosed() {
    state.form = null;
    const opener = state.formOpener || $('composer-input');
    state.formOpener = null;
    opener.focus();
  }

  // ---- Start -------------------------------------------------------------------------------------------------------

  function setConnection(text, live) {
    const status = $('connection');
    status.textContent = text;
    status.classList.toggle('live', live);
  }

  function follow() {
    const source = new EventSource(`/console/events?after=${state.seq}`);
    source.addEventListener('open', () => setConnection('Live', true));
    source.addEventListener('error', () => setConnection('Reconnecting…', false));
    source.addEventListener('message', (event) => {
      upsert(JSON.parse(event.data));
      if (event.lastEventId) state.seq = Number(event.lastEventId);
    });
  }

  function submitOnEnter(event) {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      event.target.form.requestSubmit();
    }
  }

  async function start() {
    $('composer').addEventListener('submit', sendCommand);
    $('composer-input').addEventListener('keydown', submitOnEnter);
    $('thread-composer').addEventListener('submit', sendInThread);
    $('thread-input').addEventListener('keydown', submitOnEnter);
    $('thread-close').addEventListener('click', closeThread);
    $('parameter-form').addEventListener('submit', submitForm);
    $('form-cancel').addEventListener('click', () => $('form-dialog').close());
    $('form-dialog').addEventListener('close', onFormClosed);
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && state.thread && !$('form-dialog').open) closeThread();
    });
    try {
      const response = await fetch('/console/state', { headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(`DeployBot answered with HTTP ${response.status}.`);
      const snapshot = await response.json();
      state.user = snapshot.user.name;
      state.csrfToken = snapshot.csrfToken;
      state.channels = snapshot.channels;
      state.seq = snapshot.seq;
      for (const message of snapshot.messages) state.messages.set(message.id, message);
      showChannel(snapshot.defaultChannel);
      follow();
    } catch (error) {
      setConnection('Offline', false);
      showLocalError($('messages'), `The console could not load: ${error.message}`);
    }
  }

  start();
})();
