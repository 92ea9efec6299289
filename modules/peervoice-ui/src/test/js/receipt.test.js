import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';

import {ApiProblem} from '../../main/resources/META-INF/resources/peervoice-ui/pv-api.js';
import {NOT_A_RECEIPT, isNotAReceipt, receiptFileText} from '../../main/resources/META-INF/resources/peervoice-ui/pv-receipt.js';

const t = (key, ...args) => `${key}${args.length ? `(${args.join(',')})` : ''}`;
const source = (name) => readFileSync(new URL(`../../main/resources/META-INF/resources/peervoice-ui/${name}`, import.meta.url), 'utf8');

test('a town hall receipt file says what a town hall receipt is for', () => {
	const lines = receiptFileText('PV-TOWN-HALL', t, 'town-hall-receipt-explanation').split('\r\n');

	assert.ok(lines.includes('PV-TOWN-HALL'));
	assert.ok(lines.includes('town-hall-receipt-explanation'));
	assert.ok(!lines.includes('receipt-explanation'));
});

test('the suggestion box and the town hall show their receipts with the one shared panel, copy, download and print included', () => {
	for (const name of ['pv-suggestion-box.js', 'pv-town-hall.js']) {
		const code = source(name);

		assert.match(code, /import \{receiptPanel, showReceiptProblem\} from '\.\/pv-receipt\.js';/, name);
		assert.match(code, /receiptPanel\(\{/, name);
		assert.doesNotMatch(code, /copy-receipt|download-receipt|print-receipt|function copyText|window\.print/, `${name} has a receipt piece of its own`);
	}

	for (const action of ['copy-receipt', 'download-receipt', 'print-receipt', 'dismiss-receipt']) {
		assert.match(source('pv-receipt.js'), new RegExp(`'data-action': '${action}'`), action);
	}
});

test('a text not of a receipt\'s form is told apart from a receipt nobody has by its error code, the core\'s one', () => {
	const core = readFileSync(new URL('../../../../peervoice-core/src/main/java/org/peervoice/core/anonymity/AnonymousWriting.java', import.meta.url), 'utf8');

	assert.match(core, new RegExp(`String NOT_A_RECEIPT = "${NOT_A_RECEIPT}";`));
	assert.equal(isNotAReceipt(new ApiProblem(400, {errorCodes: {receipt: NOT_A_RECEIPT}, title: 'This is not a receipt'})), true);
	assert.equal(isNotAReceipt(new ApiProblem(404, {title: 'No question has this receipt.'})), false);
	assert.equal(isNotAReceipt(new ApiProblem(400, {errorCodes: {receipt: 'required'}})), false);
	assert.equal(isNotAReceipt(new ApiProblem(400, {})), false);
	assert.equal(isNotAReceipt(new Error('offline')), false);
});

test('both receipt look-ups say a text is not a receipt the one shared way', () => {
	for (const name of ['pv-suggestion-box.js', 'pv-town-hall.js']) {
		assert.match(source(name), /showReceiptProblem\(\{alert, error, field: receipt, kit: this\.kit,/, name);
	}
});
