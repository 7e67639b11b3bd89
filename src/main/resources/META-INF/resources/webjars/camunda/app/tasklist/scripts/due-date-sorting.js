// Tasklist sorts a filter's tasks by the address's `sorting` (which its sort menu writes) and, without one, by
// creation time, newest first. The shared filters are sorted by due date, soonest first (people/StaffFilters): this
// script puts that sorting into the address whenever the task list is shown without one — before Tasklist starts,
// and after each change of address, ahead of Tasklist's own handler — so that staff see the most urgent task first.
// A sorting chosen in the menu is in the address and stays.
const BY_DUE_DATE = JSON.stringify([{sortBy: 'dueDate', sortOrder: 'asc'}]);

function sortByDueDate() {
  const hash = window.location.hash || '#/';
  const start = hash.indexOf('?');
  const path = start < 0 ? hash.slice(1) : hash.slice(1, start);
  if (path !== '/' && path !== '') {
    return;
  }
  const search = new URLSearchParams(start < 0 ? '' : hash.slice(start + 1));
  if (search.has('sorting')) {
    return;
  }
  search.set('sorting', BY_DUE_DATE);
  window.location.replace('#/?' + search.toString());
}

sortByDueDate();
window.addEventListener('hashchange', sortByDueDate);
