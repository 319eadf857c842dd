import core from '../../locales/mn.json';
import backups from '../../locales/backups/mn.json';
import dashboard from '../../locales/dashboard/mn.json';
import governance from '../../locales/governance/mn.json';
import report from '../../locales/report/mn.json';
import { resource, type Resource } from '../strings';

/** Every Mongolian string, core and areas in one module: the renderer loads it as one chunk. */
const strings: Resource = resource(core, backups, dashboard, governance, report);
export default strings;
