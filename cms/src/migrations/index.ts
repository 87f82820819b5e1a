import * as migration_20261123_173515_initial from './20261123_173515_initial';

export const migrations = [
  {
    up: migration_20261123_173515_initial.up,
    down: migration_20261123_173515_initial.down,
    name: '20261123_173515_initial'
  },
];
