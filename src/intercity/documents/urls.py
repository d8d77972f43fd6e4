from django.urls import path

from intercity.documents import views

app_name = "documents"
urlpatterns = [
    path("", views.document_list, name="document_list"),
    path("upload/", views.upload, name="upload"),
    path("review/", views.review_queue, name="review_queue"),
    path("jobs/<int:pk>/", views.job_detail, name="job_detail"),
    path("<int:pk>/", views.document_detail, name="document_detail"),
    path("<int:pk>/passage/", views.passage, name="passage"),
    path("<int:pk>/review/", views.review, name="review"),
    path("<int:pk>/accept-all/", views.accept_all, name="accept_all"),
    path("proposals/<int:pk>/accept/", views.proposal_accept, name="proposal_accept"),
    path("proposals/<int:pk>/reject/", views.proposal_reject, name="proposal_reject"),
]
