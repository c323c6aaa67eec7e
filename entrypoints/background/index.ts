import { registerBadge } from './badge';
import { registerCommands } from './commands';
import { registerHandlers } from './handlers';
import { registerNotificationClicks } from './notify';
import { registerOpenTabs } from './open-tabs';
import { registerSidebarPorts } from './sidebar-ports';
import { registerWelcome } from './welcome';

export default defineBackground(() => {
  const pages = registerSidebarPorts();
  registerHandlers(pages);
  registerBadge();
  registerNotificationClicks();
  registerOpenTabs();
  registerCommands();
  registerWelcome();
});
