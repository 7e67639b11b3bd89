// Tasklist offers "新建任务" (create task) to everyone signed in, while the engine lets only users with CREATE on
// tasks (Resources.TASK) create one: staff are refused, administrators are not. This navbar plugin asks the engine
// for the user signed in and marks the page with the answer (data-jiedao-create-task="allowed" or "refused");
// styles/user-styles.css shows the entry only when allowed. The engine refuses a creation whatever the page shows.
const MARK = 'jiedaoCreateTask';

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
    const page = document.documentElement.dataset;
    delete page[MARK];
    check(api)
      .then(answer => {
        page[MARK] = answer.authorized === true ? 'allowed' : 'refused';
      })
      // the entry stays hidden when the engine cannot be asked: it would refuse the creation anyway
      .catch(() => {
        page[MARK] = 'refused';
      });
  }
};
