import core from '../../locales/en.json';
import backups from '../../locales/backups/en.json';
import dashboard from '../../locales/dashboard/en.json';
import governance from '../../locales/governance/en.json';
import report from '../../locales/report/en.json';
import { resource, type Resource } from '../strings';

/** Every English string, core and areas in one module: the renderer loads it as one chunk. */
const strings: Resource = resource(core, backups, dashboard, governance, report);
export default strings;
