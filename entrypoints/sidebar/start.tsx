import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { SIDEBAR_MARKS, markStage } from '@/lib/sidebar-marks';

markStage(SIDEBAR_MARKS.scriptStart);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary what="The Coffee Chats panel">
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
