import { describe, expect, it } from '@jest/globals';
import { searchKeyCreation, searchKeyProblem } from './search-key.js';

describe('the search key', () => {
  it('may only search, exactly the deployment\'s indexes, with a uid that is the same at every start', () => {
    const key = searchKeyCreation(['prod_offerings', 'prod_needs']);
    expect(key.actions).toEqual(['search']);
    expect(key.indexes).toEqual(['prod_needs', 'prod_offerings']);
    expect(key.expiresAt).toBeNull();
    expect(key.uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(searchKeyCreation(['prod_needs', 'prod_offerings']).uid).toBe(key.uid);
    expect(searchKeyCreation(['test_offerings', 'test_needs']).uid).not.toBe(key.uid);
  });

  it('refuses keys with more rights or other indexes, and keys that cannot search every index', () => {
    const uids = ['p_offerings', 'p_needs'];
    expect(searchKeyProblem({ actions: ['search'], indexes: ['p_offerings', 'p_needs'] }, uids)).toBeNull();
    expect(searchKeyProblem({ actions: ['*'], indexes: ['p_offerings', 'p_needs'] }, uids)).toMatch(/more than search/);
    expect(searchKeyProblem({ actions: ['search', 'documents.add'], indexes: uids }, uids)).toMatch(/documents\.add/);
    expect(searchKeyProblem({ actions: ['search'], indexes: ['*'] }, uids)).toMatch(/other indexes/);
    expect(searchKeyProblem({ actions: ['search'], indexes: ['p_*'] }, uids)).toMatch(/other indexes/);
    expect(searchKeyProblem({ actions: ['search'], indexes: ['p_offerings'] }, uids)).toMatch(/cannot search p_needs/);
  });
});
