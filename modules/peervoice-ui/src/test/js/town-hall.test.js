import assert from 'node:assert/strict';
import {test} from 'node:test';

globalThis.HTMLElement = class {};
globalThis.customElements = {define() {}, get() {
	return undefined;
}};

const {MODERATOR_SHORTCUTS, PRESENTER_SHORTCUTS, TOWN_HALL_LIMITS, anonymousAppearance, instantOf, localInputValue, newQuestionIds, nextQuestions,
	pollResultsDisplay, questionTab, shortcutOf, sortQuestions, townHallState} = await import(
	'../../main/resources/META-INF/resources/peervoice-ui/pv-town-hall.js');

const question = (id, voteCount, createdAt, state) => ({createdAt, id, state: state || 'OPEN', voteCount});

test('the view state keeps a known view, a sane id, a known tab and sort, and falls back to the list', () => {
	assert.deepEqual(townHallState({id: '7f1c2d3e-0000-4000-8000-000000000001', sort: 'recent', tab: 'answered', view: 'moderate'}),
		{id: '7f1c2d3e-0000-4000-8000-000000000001', sort: 'recent', tab: 'answered', view: 'moderate'});
	assert.deepEqual(townHallState({id: 'x'.repeat(37), tab: 'secret', view: 'presenter'}), {sort: 'popular', tab: 'open', view: 'list'});
	assert.deepEqual(townHallState({id: 'a<b', view: 'page'}), {sort: 'popular', tab: 'open', view: 'list'});
	assert.equal(townHallState({view: 'edit'}).view, 'edit', 'a new town hall has no id');
	assert.equal(townHallState({id: 'abc'}).view, 'page');
});

test('a link may open a town hall\'s page at one of its questions, and only its page', () => {
	assert.equal(townHallState({id: 'th1', question: 'q-7'}).question, 'q-7');
	assert.equal(townHallState({id: 'th1', question: 'q"7'}).question, undefined, 'an id of sane characters only');
	assert.equal(townHallState({id: 'th1', question: 'q'.repeat(37)}).question, undefined);
	assert.equal(townHallState({id: 'th1', question: 'q-7', view: 'moderate'}).question, undefined, 'not the queue');
	assert.equal(townHallState({question: 'q-7'}).question, undefined, 'not without its town hall');
});

test('every question state belongs to exactly one tab', () => {
	const tabs = Object.fromEntries(['PENDING', 'OPEN', 'HIGHLIGHTED', 'ANSWERED', 'DISMISSED', 'MERGED', 'TAKEN_FORWARD', 'WITHDRAWN']
		.map((state) => [state, questionTab({state})]));

	assert.deepEqual(tabs, {ANSWERED: 'answered', DISMISSED: 'dismissed', HIGHLIGHTED: 'open', MERGED: 'dismissed', OPEN: 'open',
		PENDING: 'open', TAKEN_FORWARD: 'answered', WITHDRAWN: 'dismissed'});
});

test('popular sorts by votes then newest; recent by newest; the input is left as it was', () => {
	const questions = [question('a', 2, '2027-03-04T10:00:00Z'), question('b', 5, '2027-03-04T09:00:00Z'),
		question('c', 2, '2027-03-04T11:00:00Z')];

	assert.deepEqual(sortQuestions(questions, 'popular').map((item) => item.id), ['b', 'c', 'a']);
	assert.deepEqual(sortQuestions(questions, 'recent').map((item) => item.id), ['c', 'a', 'b']);
	assert.deepEqual(questions.map((item) => item.id), ['a', 'b', 'c']);
});

test('the live region announces only questions it has not seen', () => {
	assert.deepEqual(newQuestionIds([{id: 'a'}, {id: 'b'}], [{id: 'b'}, {id: 'c'}, {id: 'a'}, {id: 'd'}]), ['c', 'd']);
	assert.deepEqual(newQuestionIds(null, [{id: 'a'}]), ['a']);
	assert.deepEqual(newQuestionIds([{id: 'a'}], []), []);
});

test('poll results show only from five answers and when the server shows them', () => {
	const poll = (responseCount, resultsShown, counts) => ({options: counts.map((count, index) => ({count, text: `o${index}`})),
		responseCount, resultsShown});

	for (let responses = 0; responses < TOWN_HALL_LIMITS.TOWN_HALL_SMALL_GROUP; responses++) {
		assert.equal(pollResultsDisplay(poll(responses, true, [responses, 0])).shown, false, `${responses} answers`);
	}

	assert.equal(pollResultsDisplay(poll(9, false, [null, null])).shown, false);
	assert.equal(pollResultsDisplay(poll(9, true, [null, 3])).shown, false, 'a hidden count hides them all');
	assert.deepEqual(pollResultsDisplay(poll(8, true, [6, 2, 0])), {responses: 8, shown: true, rows: [
		{count: 6, label: 'o0', percent: 75}, {count: 2, label: 'o1', percent: 25}, {count: 0, label: 'o2', percent: 0}]});
});

test('a live anonymous asker is told their question appears with at least two others or at the end; before, later', () => {
	assert.deepEqual(anonymousAppearance({liveMixingSeconds: 20, state: 'LIVE'}),
		['town-hall-anonymous-question-appears-live-x-x', TOWN_HALL_LIMITS.TOWN_HALL_LIVE_MIN_BATCH_QUESTIONS - 1, 20]);
	assert.equal(anonymousAppearance({liveMixingSeconds: 20, state: 'LIVE'})[1], 2, 'a batch of three: the asker\'s and two others');
	assert.deepEqual(anonymousAppearance({liveMixingSeconds: 20, state: 'SCHEDULED'}), ['town-hall-anonymous-question-appears-later']);
});

test('the presenter\'s next questions are the open ones by votes, without the highlighted one', () => {
	const questions = [question('a', 9, '2027-03-04T10:00:00Z', 'HIGHLIGHTED'), question('b', 1, '2027-03-04T10:00:00Z'),
		question('c', 4, '2027-03-04T10:00:00Z'), question('d', 7, '2027-03-04T10:00:00Z', 'ANSWERED')];

	assert.deepEqual(nextQuestions(questions, 'a', 5).map((item) => item.id), ['c', 'b']);
	assert.deepEqual(nextQuestions(questions, 'c', 1).map((item) => item.id), ['b']);
});

test('a datetime-local value is the viewer\'s wall clock and comes back the same', () => {
	const instant = instantOf('2027-03-04T15:30');

	assert.match(instant, /^2027-03-0[345]T\d\d:30:00\.000Z$/);
	assert.equal(localInputValue(instant), '2027-03-04T15:30');
	assert.equal(instantOf(''), null);
	assert.equal(instantOf('not a date'), null);
	assert.equal(localInputValue(null), '');
});

test('shortcuts never fire while typing nor with a modifier a screen reader or the browser uses', () => {
	const key = (name, target, modifiers) => Object.assign({key: name, target: target || {tagName: 'ARTICLE'}}, modifiers || {});

	assert.equal(shortcutOf(key('a'), MODERATOR_SHORTCUTS), 'approve');
	assert.equal(shortcutOf(key('?'), MODERATOR_SHORTCUTS), 'shortcut-help');
	assert.equal(shortcutOf(key('a', {tagName: 'TEXTAREA'}), MODERATOR_SHORTCUTS), null);
	assert.equal(shortcutOf(key('a', {tagName: 'INPUT'}), MODERATOR_SHORTCUTS), null);
	assert.equal(shortcutOf(key('h', {isContentEditable: true, tagName: 'DIV'}), MODERATOR_SHORTCUTS), null);

	for (const modifier of ['altKey', 'ctrlKey', 'metaKey']) {
		assert.equal(shortcutOf(key('d', null, {[modifier]: true}), MODERATOR_SHORTCUTS), null, modifier);
	}

	assert.equal(shortcutOf(key('x'), MODERATOR_SHORTCUTS), null);
	assert.equal(shortcutOf(key('PageDown'), PRESENTER_SHORTCUTS), 'advance');
	assert.equal(shortcutOf(key('f'), PRESENTER_SHORTCUTS), 'fullscreen');
});
