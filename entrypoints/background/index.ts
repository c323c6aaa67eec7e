import { registerBadge } from './badge';
import { registerHandlers } from './handlers';
import { registerSidebarPorts } from './sidebar-ports';

export default defineBackground(() => {
  const pages = registerSidebarPorts();
  registerHandlers(pages);
  registerBadge();
});
