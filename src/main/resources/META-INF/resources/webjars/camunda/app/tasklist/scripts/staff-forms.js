// Tasklist's forms (form-js, bundled in Tasklist 7.24) as staff of a Chinese office read them, whatever the
// browser's locale (docs/tasklist-forms.md). Tasklist creates its form viewer without modules of ours, so this
// custom script changes only what form-js and its date picker expose at run time, never Camunda's files:
//  - the date picker (flatpickr, which puts itself on window.flatpickr): every instance gets, through flatpickr's
//    own setDefaults and a plugin, the format 2026-12-17 (form-js takes it from the browser's locale: mm/dd/yyyy
//    in en-US), a strict reading of what is typed, and Chinese month and day names; a typed date that cannot be
//    read is refused with a Chinese sentence under the field and the task cannot be completed until it is put
//    right (flatpickr would otherwise guess it — 2026-12-17 read as mm/dd/yyyy is 2027-08-06 — or drop it);
//  - form-js's own English texts (validation messages, "Select", "Search", "No results") become Chinese as they
//    are drawn (a MutationObserver on the forms).
// The texts are Chinese only, as the forms themselves are: the office works in Chinese.
const TEXTS = {
  placeholder: '例：2026-12-17',
  unreadable: '无法识别日期“{0}”，请按 2026-12-17 的格式填写年-月-日。',
  months: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'],
  weekdays: ['日', '一', '二', '三', '四', '五', '六'],
  literals: {
    'Select': '请选择',
    'Search': '输入文字查找',
    'No results': '没有符合的选项',
    'All values selected': '已全部选择',
    'Remove tag': '移除'
  },
  messages: [
    [/^Field is required\.$/, '此项必填。'],
    [/^Field must match pattern .*\.$/, '格式不正确。'],
    [/^Field must have minimum value of (.*)\.$/, '不能小于 {0}。'],
    [/^Field must have maximum value of (.*)\.$/, '不能大于 {0}。'],
    [/^Field must have minimum length of (.*)\.$/, '至少填写 {0} 个字。'],
    [/^Field must have maximum length of (.*)\.$/, '最多填写 {0} 个字。'],
    [/^Field must be a valid +international phone number\./, '请填写正确的电话号码。'],
    [/^Field must be a valid email\.$/, '请填写正确的电子邮箱。'],
    [/^Value is not a number\.$/, '请填写数字。'],
    [/^Value is expected to be an integer\.$/, '请填写整数。'],
    [/^Value is expected to have at most (\d+) decimal digits?\.$/, '最多 {0} 位小数。'],
    [/^Please select a valid value, the two nearest valid values are (.*) and (.*)\.$/,
      '请填写允许的数值，最接近的是 {0} 和 {1}。']
  ]
};

const DATE_FORMAT = 'Y-m-d';
const TYPED_DATE = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/;
const UNREADABLE = 'jiedaoUnreadable';
const ERROR_CLASS = 'jiedao-date-error';
const COMPLETE_BUTTON = '.form-actions [ng-click="complete()"]';

/** flatpickr's texts in Chinese, the week starting on Monday, 24-hour time. */
const CHINESE = {
  months: {shorthand: TEXTS.months, longhand: TEXTS.months},
  weekdays: {shorthand: TEXTS.weekdays, longhand: TEXTS.weekdays.map(day => '星期' + day)},
  firstDayOfWeek: 1,
  rangeSeparator: ' 至 ',
  weekAbbreviation: '周',
  scrollTitle: '滚动切换',
  toggleTitle: '点击切换',
  amPM: ['上午', '下午'],
  yearAriaLabel: '年',
  monthAriaLabel: '月',
  hourAriaLabel: '时',
  minuteAriaLabel: '分',
  time_24hr: true,
  ordinal: () => ''
};

/** 2026-12-17 (or 2026-1-5) as that day, or null: nothing else is read, and no day overflows into another. */
function readDate(text) {
  const parts = TYPED_DATE.exec(String(text));
  if (!parts) {
    return null;
  }
  const [year, month, day] = parts.slice(1).map(Number);
  const date = new Date(year, month - 1, day);
  const same = date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
  return same ? date : null;
}

function fill(text, values) {
  return text.replace(/\{(\d)\}/g, (all, n) => (values[Number(n)] === undefined ? all : values[Number(n)]));
}

/** The field's message under the date, shown or removed. */
function showUnreadable(input, text) {
  const field = input.closest('.fjs-datetime-subsection') || input.parentElement;
  let error = field.querySelector('.' + ERROR_CLASS);
  if (text === null) {
    delete input.dataset[UNREADABLE];
    input.removeAttribute('aria-invalid');
    if (error) {
      error.remove();
    }
    return;
  }
  input.dataset[UNREADABLE] = 'true';
  input.setAttribute('aria-invalid', 'true');
  if (!error) {
    error = document.createElement('div');
    error.className = 'fjs-form-field-error ' + ERROR_CLASS;
    error.setAttribute('role', 'alert');
    error.id = (input.id || 'jiedao-date') + '-unreadable';
    field.appendChild(error);
  }
  input.setAttribute('aria-describedby', error.id);
  error.textContent = fill(TEXTS.unreadable, [text.trim()]);
}

/**
 * A date picker made ours: what is typed reaches flatpickr only when it is a date (flatpickr reads it on blur and on
 * Enter through setDate); anything else stays in the field, refused.
 */
function adopt(picker) {
  if (picker.jiedaoAdopted) {
    return;
  }
  picker.jiedaoAdopted = true;
  picker.config.parseDate = readDate;
  if (picker.config.dateFormat !== DATE_FORMAT) {
    picker.set('dateFormat', DATE_FORMAT);
  }
  if (picker.l10n.months.longhand[0] !== TEXTS.months[0]) {
    picker.set('locale', CHINESE);
  }
  const setDate = picker.setDate;
  picker.setDate = function (date, triggerChange, format) {
    const input = picker.input;
    if (typeof date === 'string' && date.trim() !== '' && readDate(date) === null) {
      showUnreadable(input, date);
      return undefined;
    }
    showUnreadable(input, null);
    return setDate.call(picker, date, triggerChange, format);
  };
  picker.input.placeholder = TEXTS.placeholder;
  picker.input.dataset.jiedaoDate = 'ready';
}

/** flatpickr's plugin: the format, the reading and the names before the calendar is built. */
function datesOfTheOffice(picker) {
  picker.config.dateFormat = DATE_FORMAT;
  picker.config.parseDate = readDate;
  picker.config.locale = CHINESE;
  picker.config.ariaDateFormat = 'Y年n月j日';
  return {onReady: () => adopt(picker)};
}

function install(flatpickr) {
  if (!flatpickr || typeof flatpickr.setDefaults !== 'function' || flatpickr.jiedaoInstalled) {
    return;
  }
  flatpickr.jiedaoInstalled = true;
  const plugins = (flatpickr.defaultConfig && flatpickr.defaultConfig.plugins) || [];
  flatpickr.setDefaults({plugins: plugins.concat([datesOfTheOffice])});
}

// window.flatpickr appears when the bundle first loads form-js, which may be after this script
if (window.flatpickr) {
  install(window.flatpickr);
} else {
  let loaded;
  Object.defineProperty(window, 'flatpickr', {
    configurable: true,
    enumerable: true,
    get: () => loaded,
    set: value => {
      loaded = value;
      install(value);
    }
  });
}

function translateMessage(english) {
  for (const [pattern, chinese] of TEXTS.messages) {
    const match = pattern.exec(english);
    if (match) {
      return fill(chinese, match.slice(1));
    }
  }
  return english;
}

function literal(english) {
  return Object.prototype.hasOwnProperty.call(TEXTS.literals, english) ? TEXTS.literals[english] : english;
}

/** form-js's English in one form, as drawn so far; a date picker not yet ours is adopted. */
function localize(container) {
  container.querySelectorAll('.fjs-form-field-error').forEach(error => {
    const walker = document.createTreeWalker(error, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const translated = translateMessage(node.data.trim());
      if (translated !== node.data.trim()) {
        node.data = translated;
      }
    }
  });
  container.querySelectorAll('[placeholder], [title]').forEach(element => {
    ['placeholder', 'title'].forEach(name => {
      const value = element.getAttribute(name);
      if (value !== null && literal(value) !== value) {
        element.setAttribute(name, literal(value));
      }
    });
  });
  container.querySelectorAll('.fjs-select-display, .fjs-dropdownlist-empty').forEach(element => {
    if (element.childElementCount === 0 && literal(element.textContent.trim()) !== element.textContent.trim()) {
      element.textContent = literal(element.textContent.trim());
    }
  });
  container.querySelectorAll('.fjs-datepicker input').forEach(input => {
    if (input._flatpickr) {
      adopt(input._flatpickr);
    }
  });
}

new MutationObserver(() => {
  document.querySelectorAll('.fjs-container').forEach(localize);
}).observe(document.documentElement, {childList: true, subtree: true, characterData: true});

/** A form with a refused date is not completed: the click on 完成 and form-js's own submit stop here. */
function refuseWhileUnreadable(event) {
  const target = event.target instanceof Element ? event.target : null;
  const completing = event.type === 'submit'
    ? target && target.closest('.fjs-container')
    : target && target.closest(COMPLETE_BUTTON);
  const unreadable = completing && document.querySelector('.fjs-container [data-jiedao-unreadable]');
  if (unreadable) {
    event.preventDefault();
    event.stopImmediatePropagation();
    unreadable.focus();
  }
}
document.addEventListener('click', refuseWhileUnreadable, true);
document.addEventListener('submit', refuseWhileUnreadable, true);
