// Tasklist sorts a filter's tasks by the address's `sorting` (which its sort menu writes). Without one, its sort menu
// writes its own default, creation time newest first, into the address as soon as the list's query is built — which,
// when Tasklist is opened at a task's address (#/?task=…), happens before this script first runs. The shared filters
// have no ordering of their own (people/StaffFilters: the engine would put it before the menu's); the list is
// opened soonest due first, the earlier created first among equals: this script puts that sorting into
// the address whenever the list is shown with no sorting or with Tasklist's default that the user did not choose —
// when it loads, and after each change of address. A sorting chosen in the sort menu (a click or a key there) is the
// user's and stays, the default included.
const BY_DUE_DATE = JSON.stringify([{sortBy: 'dueDate', sortOrder: 'asc'}, {sortBy: 'created', sortOrder: 'asc'}]);
const SORT_MENU = '[cam-sorting-choices]';

let chosenInTheMenu = false;

function noteAChoice(event) {
  if (event.target instanceof Element && event.target.closest(SORT_MENU)) {
    chosenInTheMenu = true;
  }
}

function isTasklistsDefault(sorting) {
  try {
    const parsed = JSON.parse(sorting);
    return Array.isArray(parsed) && parsed.length === 1 && parsed[0].sortBy === 'created'
      && parsed[0].sortOrder === 'desc' && !parsed[0].parameters;
  } catch (unreadable) {
    return false;
  }
}

function sortByDueDate() {
  const hash = window.location.hash || '#/';
  const start = hash.indexOf('?');
  const path = start < 0 ? hash.slice(1) : hash.slice(1, start);
  if (path !== '/' && path !== '') {
    return;
  }
  const search = new URLSearchParams(start < 0 ? '' : hash.slice(start + 1));
  const sorting = search.get('sorting');
  if (sorting !== null && (chosenInTheMenu || !isTasklistsDefault(sorting))) {
    return;
  }
  search.set('sorting', BY_DUE_DATE);
  window.location.replace('#/?' + search.toString());
}

document.addEventListener('click', noteAChoice, true);
document.addEventListener('keydown', noteAChoice, true);
sortByDueDate();
window.addEventListener('hashchange', sortByDueDate);
