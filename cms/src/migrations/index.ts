import * as migration_20261123_173515_initial from './20261123_173515_initial';
import * as migration_20261205_043945_hardening from './20261205_043945_hardening';
import * as migration_20261205_070521_participation from './20261205_070521_participation';
import * as migration_20261205_094727_programme from './20261205_094727_programme';
import * as migration_20261205_111228_editors from './20261205_111228_editors';
import * as migration_20261205_124309_build_link_check from './20261205_124309_build_link_check';
import * as migration_20261205_184756_build_report from './20261205_184756_build_report';

export const migrations = [
  {
    up: migration_20261123_173515_initial.up,
    down: migration_20261123_173515_initial.down,
    name: '20261123_173515_initial',
  },
  {
    up: migration_20261205_043945_hardening.up,
    down: migration_20261205_043945_hardening.down,
    name: '20261205_043945_hardening',
  },
  {
    up: migration_20261205_070521_participation.up,
    down: migration_20261205_070521_participation.down,
    name: '20261205_070521_participation',
  },
  {
    up: migration_20261205_094727_programme.up,
    down: migration_20261205_094727_programme.down,
    name: '20261205_094727_programme',
  },
  {
    up: migration_20261205_111228_editors.up,
    down: migration_20261205_111228_editors.down,
    name: '20261205_111228_editors',
  },
  {
    up: migration_20261205_124309_build_link_check.up,
    down: migration_20261205_124309_build_link_check.down,
    name: '20261205_124309_build_link_check',
  },
  {
    up: migration_20261205_184756_build_report.up,
    down: migration_20261205_184756_build_report.down,
    name: '20261205_184756_build_report'
  },
];
