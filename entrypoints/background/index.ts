import { registerBadge } from './badge';
import { registerHandlers } from './handlers';
import { registerNotificationClicks } from './notify';
import { registerOpenTabs } from './open-tabs';
import { registerSidebarPorts } from './sidebar-ports';

export default defineBackground(() => {
  const pages = registerSidebarPorts();
  registerHandlers(pages);
  registerBadge();
  registerNotificationClicks();
  registerOpenTabs();
});
