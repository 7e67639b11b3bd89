// Tasklist offers "新建任务" (create task) to everyone signed in, while the engine lets only users with CREATE on
// tasks (Resources.TASK) create one: staff are refused, administrators are not. This navbar plugin asks the engine
// for the user signed in and marks the page when the user may create tasks; styles/user-styles.css shows the entry
// only then. The engine refuses a creation whatever the page shows.
const MAY_CREATE = 'jiedao-may-create-task';

function check(api) {
  const query = new URLSearchParams({permissionName: 'CREATE', resourceName: 'task', resourceType: '7'});
  return fetch(api.engineApi + '/authorization/check?' + query, {
    credentials: 'same-origin',
    headers: {Accept: 'application/json'}
  }).then(response => (response.ok ? response.json() : {authorized: false}));
}

export default {
  id: 'jiedao-create-task-permission',
  pluginPoint: 'tasklist.navbar.action',
  priority: 0,
  render: (node, {api}) => {
    const root = document.documentElement;
    root.classList.remove(MAY_CREATE);
    check(api)
      .then(answer => root.classList.toggle(MAY_CREATE, answer.authorized === true))
      // the entry stays hidden when the engine cannot be asked: the engine would refuse the creation anyway
      .catch(() => root.classList.remove(MAY_CREATE));
  }
};
