/** The yaml`…` tag the rule tests write their snippets with gives exactly the text meant. */
import { strict as assert } from 'node:assert';
import { yaml } from '../../helpers/yaml';

describe('yaml`…` snippets', () => {
  it('drops the first line break and the common indentation; a closing line ends the text with a line break', () => {
    assert.equal(yaml`
      systems:
        - { id: a, mode: mode2 }
    `, 'systems:\n  - { id: a, mode: mode2 }\n');
  });

  it('a backtick right after the last line ends the text without a line break', () => {
    assert.equal(yaml`
      testing:
        types: [smoke]`, 'testing:\n  types: [smoke]');
  });

  it('keeps blank lines blank and deeper indentation as it is', () => {
    assert.equal(yaml`
        a:

          b: 1
      c: 2
    `, '  a:\n\n    b: 1\nc: 2\n');
  });

  it('puts values in as they are, after the indentation is removed', () => {
    const head = 'owners: [{ id: t, type: team }]\n';
    const list = '  - { id: a }\n  - { id: b }';
    assert.equal(yaml`
      ${head}systems:
      ${list}
      apis: [${'x'}]
    `, 'owners: [{ id: t, type: team }]\nsystems:\n  - { id: a }\n  - { id: b }\napis: [x]\n');
  });

  it('a one-line text is left as it is', () => {
    assert.equal(yaml`systems: []`, 'systems: []');
  });
});
