import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { api, hostKind, onMenuCommand, onOpenFile } from './api';
import { mountEditor } from './editor/mountEditor';
import './editor/editor.css';
import './app.css';
import './panels/sidePanel.css';
import './editor/plugins/comments/comments.css';
import './panels/comments/comments.css';
import './panels/comments/commentsLayout.css';
import './editor/plugins/trackChanges/trackChanges.css';
import './panels/changes/changes.css';
import './panels/changes/changesLayout.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App
      api={api}
      host={hostKind()}
      mountEditor={mountEditor}
      onMenuCommand={onMenuCommand}
      onOpenFile={onOpenFile}
    />
  </StrictMode>,
);
