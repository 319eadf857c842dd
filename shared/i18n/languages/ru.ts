import core from '../../locales/ru.json';
import backups from '../../locales/backups/ru.json';
import dashboard from '../../locales/dashboard/ru.json';
import governance from '../../locales/governance/ru.json';
import report from '../../locales/report/ru.json';
import { resource, type Resource } from '../strings';

/** Every Russian string, core and areas in one module: the renderer loads it as one chunk. */
const strings: Resource = resource(core, backups, dashboard, governance, report);
export default strings;
