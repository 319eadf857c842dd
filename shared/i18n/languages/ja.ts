import core from '../../locales/ja.json';
import backups from '../../locales/backups/ja.json';
import dashboard from '../../locales/dashboard/ja.json';
import governance from '../../locales/governance/ja.json';
import report from '../../locales/report/ja.json';
import { resource, type Resource } from '../strings';

/** Every Japanese string, core and areas in one module: the renderer loads it as one chunk. */
const strings: Resource = resource(core, backups, dashboard, governance, report);
export default strings;
