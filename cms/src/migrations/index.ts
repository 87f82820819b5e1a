import * as migration_20261123_165310_initial from './20261123_165310_initial';

export const migrations = [
  {
    up: migration_20261123_165310_initial.up,
    down: migration_20261123_165310_initial.down,
    name: '20261123_165310_initial'
  },
];
