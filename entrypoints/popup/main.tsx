import { startOfDay } from 'date-fns';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/theme.css';
import { listOwed, type Owed } from '@/storage/due-reads';
import { App } from './App';
import { ErrorBoundary } from '@/components/ErrorBoundary';

const root = createRoot(document.getElementById('root')!);
const render = (first?: Owed) =>
  root.render(
    <StrictMode>
      <ErrorBoundary what="Coffee Chats">
        <App first={first} />
      </ErrorBoundary>
    </StrictMode>,
  );
// The list is read as soon as this script runs, and the first render already shows it. A read that
// fails renders the app anyway, whose own read then shows the error.
listOwed(startOfDay(Date.now()).getTime()).then(render, () => render());
