/** Port name the sidebar connects on; the background pushes SidebarState over it. (No zod here: the sidebar's first script reads it.) */
export const SIDEBAR_PORT = 'coffee-chats-sidebar';
