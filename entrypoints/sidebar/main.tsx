import '@/components/theme.css';
import './sidebar.css';
import { startBoot } from './boot';

// The name first (plain DOM, a few KB), then the app (React and the schemas), which takes the port over.
const root = document.getElementById('root')!;
void startBoot(root).then(() => import('./start'));
