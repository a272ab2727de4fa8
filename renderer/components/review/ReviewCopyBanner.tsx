import type { ReviewInfo } from '../../../shared/document/fileSchema';

/** Props of {@link ReviewCopyBanner}. */
export interface ReviewCopyBannerProps {
  title: string;
  review: ReviewInfo | null;
}

/** Says, above the page of a review copy, that every edit there is a suggestion. */
export function ReviewCopyBanner({ title, review }: ReviewCopyBannerProps) {
  if (!review) return null;
  const who = review.reviewers.length ? ` Sent to ${review.reviewers.join(', ')}` : ' Sent';
  const due = review.due ? `, due ${review.due.slice(0, 10)}` : '';
  return (
    <div className="review-banner" role="note" aria-label="Review copy">
      <strong>Review copy for {title || 'Untitled'} — your edits are suggestions</strong>
      <span className="review-banner-detail">
        {who} on {review.sentAt.slice(0, 10)}
        {due}. Comment, reply and suggest wording, save, and send the file back.
      </span>
    </div>
  );
}
