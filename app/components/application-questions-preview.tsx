// The application form as an applicant will meet it, for the officer's preview: every
// question in order with its kind, help and limits, and the documents to attach.
// Inputs are disabled: nothing here is saved.
import { useTranslation } from 'react-i18next'

type PreviewProgramme = {
	minTrl: number | null
	questions: { id: string; type: string; label: string; help: string; required: boolean; options: string[]; maxLength: number | null }[]
	documents: { id: string; title: string; description: string; required: boolean }[]
}

const inputClass = 'mt-1 block w-full rounded-md border border-slate-300 bg-slate-50 px-3 py-2'

export function ApplicationQuestionsPreview({ programme }: { programme: PreviewProgramme }) {
	const { t } = useTranslation()
	const required = (yes: boolean) => (yes ? <span className="text-red-700"> *</span> : <span className="text-slate-500"> ({t('programmes.public.optional')})</span>)
	return (
		<fieldset disabled className="space-y-5">
			<legend className="sr-only">{t('programmes.preview.formHeading')}</legend>
			<div>
				<label htmlFor="preview-projectTitle" className="block text-sm font-medium">{t('programmes.preview.projectTitle')}</label>
				<input id="preview-projectTitle" className={inputClass} />
			</div>
			<div>
				<label htmlFor="preview-amount" className="block text-sm font-medium">{t('programmes.preview.requestedAmount')}</label>
				<input id="preview-amount" className={inputClass} inputMode="numeric" />
			</div>
			{programme.minTrl !== null ? (
				<div>
					<label htmlFor="preview-trl" className="block text-sm font-medium">{t('programmes.preview.declaredTrl', { level: programme.minTrl })}</label>
					<select id="preview-trl" className={inputClass}>
						<option>{t('form.choose')}</option>
					</select>
				</div>
			) : null}
			{programme.questions.map((question) => {
				const id = `preview-${question.id}`
				const helpId = question.help ? `${id}-help` : undefined
				return (
					<div key={question.id}>
						{question.type === 'CHOICE' || question.type === 'YES_NO' ? (
							<fieldset aria-describedby={helpId}>
								<legend className="text-sm font-medium">
									{question.label}
									{required(question.required)}
								</legend>
								<div className="mt-1 space-y-1">
									{(question.type === 'YES_NO' ? [t('programmes.preview.yes'), t('programmes.preview.no')] : question.options).map((option) => (
										<label key={option} className="flex items-center gap-2 text-sm">
											<input type="radio" name={id} />
											{option}
										</label>
									))}
								</div>
							</fieldset>
						) : (
							<>
								<label htmlFor={id} className="block text-sm font-medium">
									{question.label}
									{required(question.required)}
								</label>
								{question.type === 'LONG_TEXT' ? (
									<textarea id={id} rows={4} className={inputClass} aria-describedby={helpId} />
								) : question.type === 'FILE' ? (
									<input id={id} type="file" className="mt-1 block text-sm" aria-describedby={helpId} />
								) : (
									<input id={id} className={inputClass} inputMode={question.type === 'NUMBER' ? 'decimal' : undefined} aria-describedby={helpId} />
								)}
							</>
						)}
						{question.help || question.maxLength ? (
							<p id={helpId} className="mt-1 text-xs text-slate-600">
								{question.help}
								{question.maxLength ? ` ${t('programmes.preview.maxLength', { count: question.maxLength })}` : ''}
							</p>
						) : null}
					</div>
				)
			})}
			{programme.documents.length ? (
				<div>
					<h3 className="font-medium">{t('programmes.editor.documents')}</h3>
					<ul className="mt-2 space-y-2">
						{programme.documents.map((document) => (
							<li key={document.id} className="text-sm">
								<label htmlFor={`preview-doc-${document.id}`} className="block font-medium">
									{document.title}
									{required(document.required)}
								</label>
								{document.description ? <span className="block text-slate-600">{document.description}</span> : null}
								<input id={`preview-doc-${document.id}`} type="file" className="mt-1 block text-sm" />
							</li>
						))}
					</ul>
				</div>
			) : null}
		</fieldset>
	)
}
