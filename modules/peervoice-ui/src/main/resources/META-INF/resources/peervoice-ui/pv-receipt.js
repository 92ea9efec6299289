/**
 * The receipt an anonymous writer is shown once, written once for every element that gives one (the suggestion box's
 * anonymous suggestion, the town hall's anonymous question): the code, what it is for, and buttons to copy it, download
 * it as a text file, print it (the panel alone, pv-base.css) and say it is saved.
 *
 * Anatomy: section[data-receipt-panel] (gets focus) holding [data-receipt] (the code as text) and
 * button[data-action=copy-receipt|download-receipt|print-receipt|dismiss-receipt].
 */

import {ApiProblem} from './pv-api.js';
import {element, replaceChildren, uniqueId} from './pv-dom.js';

/** The error code of a receipt field whose text is not of a receipt's form (openapi.yaml, errorCodes; AnonymousWriting). */
export const NOT_A_RECEIPT = 'not-a-receipt';

/** Whether a problem says the text sent is not of a receipt's form at all (a 400, not the 404 of a receipt nobody has). */
export function isNotAReceipt(error) {
	return error instanceof ApiProblem && error.status === 400 && Boolean(error.problem.errorCodes)
		&& error.problem.errorCodes.receipt === NOT_A_RECEIPT;
}

/**
 * A receipt look-up's problem, said alike in every element that looks receipts up (suggestion box, town hall): a text not
 * of a receipt's form says so in the alert and at the field, which gets the focus (the holder mistyped or pasted
 * something else); a receipt of that form that matches nothing gets notFound (the element's words) or the kit's 404
 * text; anything else the kit's way. field: a kit field ({control, setError}).
 */
export function showReceiptProblem({alert, error, field, kit, notFound, t}) {
	if (isNotAReceipt(error)) {
		field.setError(t('receipt-not-a-receipt-help'));
		replaceChildren(alert, element('div', {class: 'alert alert-danger', 'data-receipt-problem': NOT_A_RECEIPT},
			element('strong', null, t('receipt-not-a-receipt'))));
		field.control.focus();

		return;
	}

	if (notFound && error instanceof ApiProblem && error.status === 404) {
		replaceChildren(alert, element('div', {class: 'alert alert-danger', 'data-receipt-problem': 'not-found'}, element('strong', null, notFound)));

		return;
	}

	kit.showProblem(alert, error);
}

/** The receipt as a text file the writer can keep: the code and what it is for, in the writer's language. */
export function receiptFileText(receipt, t, explanationKey = 'receipt-explanation') {
	return [t('save-your-receipt-now'), '', receipt, '', t(explanationKey), '', t('receipt-is-shown-only-once'), ''].join('\r\n');
}

/**
 * The panel for a receipt. explanationKey: what the receipt lets its holder do; onDismiss: after "I have saved my
 * receipt". The caller shows the panel and moves focus to it.
 */
export function receiptPanel({explanationKey = 'receipt-explanation', fileName = 'peervoice-receipt.txt', kit, onDismiss, receipt, t}) {
	const headingId = uniqueId('pv-receipt');
	const code = element('code', {class: 'pv-receipt-code', 'data-receipt': ''}, receipt);
	const copyStatus = element('p', {class: 'pv-small', role: 'status'});
	const copy = kit.button(t('copy-receipt'), {class: 'btn btn-primary', 'data-action': 'copy-receipt'});
	const download = kit.button(t('download-receipt'), {'data-action': 'download-receipt'});
	const print = kit.button(t('print-receipt'), {'data-action': 'print-receipt'});
	const dismiss = kit.button(t('i-have-saved-my-receipt'), {'data-action': 'dismiss-receipt'});

	copy.addEventListener('click', async () => {
		copyStatus.textContent = '';

		const copied = await copyText(receipt, code);

		copyStatus.textContent = copied ? t('receipt-copied') : t('receipt-selected-copy-it-by-hand');
	});
	download.addEventListener('click', () => downloadText(receiptFileText(receipt, t, explanationKey), fileName));
	print.addEventListener('click', printReceipt);
	dismiss.addEventListener('click', onDismiss);

	return element('section', {'aria-labelledby': headingId, class: 'sheet pv-receipt-panel', 'data-receipt-panel': '', tabindex: '-1'},
		element('h4', {class: 'sheet-title', id: headingId}, t('save-your-receipt-now')),
		element('div', {class: 'alert alert-warning'}, element('strong', null, t('receipt-is-shown-only-once'))),
		element('p', null, t(explanationKey)),
		element('div', {class: 'pv-receipt-box'}, code),
		element('div', {class: 'pv-button-row'}, copy, download, print, dismiss),
		copyStatus);
}

async function copyText(text, node) {
	try {
		if (navigator.clipboard && window.isSecureContext) {
			await navigator.clipboard.writeText(text);

			return true;
		}
	}
	catch (clipboardRefused) {
		// fall back to selecting the text, which also lets the writer copy it by hand
	}

	const range = document.createRange();

	range.selectNodeContents(node);

	const selection = window.getSelection();

	selection.removeAllRanges();
	selection.addRange(range);

	try {
		return document.execCommand('copy');
	}
	catch (copyRefused) {
		return false;
	}
}

function downloadText(text, fileName) {
	const url = URL.createObjectURL(new Blob([text], {type: 'text/plain;charset=utf-8'}));
	const link = element('a', {download: fileName, hidden: '', href: url});

	document.body.appendChild(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 0);
}

// pv-base.css prints only the receipt panel while the page carries this attribute
function printReceipt() {
	const root = document.documentElement;
	const done = () => {
		root.removeAttribute('data-pv-printing-receipt');
		window.removeEventListener('afterprint', done);
	};

	root.setAttribute('data-pv-printing-receipt', '');
	window.addEventListener('afterprint', done);
	window.print();
}
