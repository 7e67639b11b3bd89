/*
 * The form-js viewer (1.8.7, vendored) in the page's language (docs/portal.md, "The form viewer's language"), for the
 * apply page and an applicant's step: new FormViewer.Form({ ..., additionalModules: PortalFormViewer.modules }).
 *
 * form-js 1.8.7 has no translation service: its texts are English literals. This module changes them through the
 * viewer's own extension points, never in the vendored file:
 *  - the validator service (validateField, validateFieldInstance): its English messages become the page's;
 *  - the formFields registry: select and taglist are registered again as the same components whose rendered
 *    elements get the page's texts ("Select", "Search", "No results" and the like) before Preact draws them;
 *  - the date picker's calendar: flatpickr's own localize (month and day names, the week's first day).
 * The texts come from the page (the viewer's container, data-msg-*, from the portal's message bundles); a text the
 * page does not give stays as form-js says it.
 */
'use strict';

(function () {
  /** form-js's literals and the data-msg-* of the container that replaces each. */
  var LITERALS = {
    'Select': 'select',
    'Search': 'search',
    'No results': 'no-results',
    'All values selected': 'all-selected',
    'Remove tag': 'remove'
  };

  /** form-js's validation messages: the pattern of each, and the data-msg-* with {0}, {1} for what it matched. */
  var MESSAGES = [
    [/^Field is required\.$/, 'required'],
    [/^Field must match pattern .*\.$/, 'pattern'],
    [/^Field must have minimum value of (.*)\.$/, 'min'],
    [/^Field must have maximum value of (.*)\.$/, 'max'],
    [/^Field must have minimum length of (.*)\.$/, 'min-length'],
    [/^Field must have maximum length of (.*)\.$/, 'max-length'],
    [/^Field must be a valid +international phone number\./, 'phone'],
    [/^Field must be a valid email\.$/, 'email'],
    [/^Value is not a number\.$/, 'not-number'],
    [/^Value is expected to be an integer\.$/, 'integer'],
    [/^Value is expected to have at most (\d+) decimal digits?\.$/, 'decimals'],
    [/^Please select a valid value, the two nearest valid values are (.*) and (.*)\.$/, 'step']
  ];

  /** The fields whose rendering holds literals. */
  var LOCALIZED_TYPES = ['select', 'taglist'];

  function texts(container) {
    var element = typeof container === 'string' ? document.querySelector(container) : container;
    return function (name) {
      return element ? element.getAttribute('data-msg-' + name) : null;
    };
  }

  function literal(text, english) {
    return (LITERALS.hasOwnProperty(english) && text(LITERALS[english])) || english;
  }

  function message(text, english) {
    for (var i = 0; i < MESSAGES.length; i++) {
      var match = MESSAGES[i][0].exec(english);
      var translated = match && text(MESSAGES[i][1]);
      if (translated) {
        return translated.replace(/\{(\d)\}/g, function (all, n) {
          return match[Number(n) + 1] === undefined ? all : match[Number(n) + 1];
        });
      }
    }
    return english;
  }

  /** The validator's two checks, their messages in the page's language. */
  function localizeValidator(validator, text) {
    ['validateField', 'validateFieldInstance'].forEach(function (name) {
      var check = validator[name];
      if (typeof check !== 'function') {
        return;
      }
      validator[name] = function () {
        var errors = check.apply(validator, arguments);
        return Array.isArray(errors) ? errors.map(function (error) {
          return typeof error === 'string' ? message(text, error) : error;
        }) : errors;
      };
    });
  }

  /**
   * A rendered element tree (Preact vnodes) with the page's texts: an input's placeholder and a button's title, the
   * select's shown choice when none is chosen, the dropdown list's message when empty; each component inside is
   * rendered the same way.
   */
  function localizeTree(node, text, wrapped) {
    if (Array.isArray(node)) {
      node.forEach(function (child) {
        localizeTree(child, text, wrapped);
      });
      return node;
    }
    if (!node || typeof node !== 'object' || !node.props) {
      return node;
    }
    var props = node.props;
    if (typeof node.type === 'string') {
      ['placeholder', 'title'].forEach(function (name) {
        if (typeof props[name] === 'string') {
          props[name] = literal(text, props[name]);
        }
      });
      if (typeof props.children === 'string' && /\bfjs-select-display\b/.test(String(props['class'] || ''))) {
        props.children = literal(text, props.children);
      }
    } else if (typeof node.type === 'function') {
      if (typeof props.onValueSelected === 'function' && typeof props.getLabel === 'function') {
        // the dropdown list: its message when nothing matches ("No results" unless the field says another)
        props.emptyListMessage = literal(text, props.emptyListMessage || 'No results');
      }
      if (!node.type.prototype || !node.type.prototype.render) {
        node.type = localizedComponent(node.type, text, wrapped);
      }
    }
    localizeTree(props.children, text, wrapped);
    return node;
  }

  /** The same function component, its output localized; one per component, so Preact keeps its state. */
  function localizedComponent(component, text, wrapped) {
    if (component.portalLocalized) {
      return component;
    }
    var known = wrapped.get(component);
    if (known) {
      return known;
    }
    var localized = function (props, context) {
      return localizeTree(component.call(this, props, context), text, wrapped);
    };
    // what Preact and form-js read of a component: its config (form-js), contextType, defaultProps (Preact)
    Object.keys(component).forEach(function (name) {
      localized[name] = component[name];
    });
    localized.displayName = component.displayName || component.name;
    localized.portalLocalized = true;
    wrapped.set(component, localized);
    return localized;
  }

  /**
   * The date picker's calendar (flatpickr, bundled in the viewer, which puts itself on window.flatpickr): its month and
   * day names and the week's first day in the page's language, through flatpickr's own localize.
   */
  function localizeCalendar(text) {
    var months = text('months');
    var weekdays = text('weekdays');
    if (!window.flatpickr || typeof window.flatpickr.localize !== 'function' || !months || !weekdays) {
      return;
    }
    var monthNames = months.split(',');
    var dayNames = weekdays.split(',');
    window.flatpickr.localize({
      months: { shorthand: monthNames, longhand: monthNames },
      weekdays: { shorthand: dayNames, longhand: dayNames },
      firstDayOfWeek: Number(text('first-day-of-week') || 0)
    });
  }

  function PortalLanguage(formFields, validator, config) {
    var text = texts(config.container);
    var wrapped = new Map();
    localizeCalendar(text);
    localizeValidator(validator, text);
    LOCALIZED_TYPES.forEach(function (type) {
      var field = formFields.get(type);
      if (field) {
        formFields.register(type, localizedComponent(field, text, wrapped));
      }
    });
  }
  PortalLanguage.$inject = ['formFields', 'validator', 'config'];

  window.PortalFormViewer = {
    /** The viewer's modules the portal adds: its language. */
    modules: [{
      __init__: ['portalLanguage'],
      portalLanguage: ['type', PortalLanguage]
    }]
  };
})();
