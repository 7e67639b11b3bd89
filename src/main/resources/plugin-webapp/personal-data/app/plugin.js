// The personal-data plugin adds nothing to Tasklist's pages: task forms link to its resources
// (/camunda/api/tasklist/plugin/personal-data/default/...). Tasklist loads every plugin's script; this one is empty.
export default [];
